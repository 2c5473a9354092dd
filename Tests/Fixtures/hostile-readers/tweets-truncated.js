window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "created_at": "Thu Nov 02 23:05:07 +0000 2017", "full_text": "cut
