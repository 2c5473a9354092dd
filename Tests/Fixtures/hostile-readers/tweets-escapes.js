window.YTD.tweets.part0 = [ {
  "tweet" : {
    "id_str" : "1",
    "created_at" : "Thu Nov 02 23:05:07 +0000 2017",
    "full_text" : "osc8 \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 clear \u001b[2J rlo \u202eevil &lt;b&gt;",
    "source" : "<a href=\"x\">\u001b]0;title\u0007</a>"
  }
} ]
