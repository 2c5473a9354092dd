window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "926401530013642765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926401530013642765",
      "created_at" : "Fri Nov 03 10:51:51 +0000 2017",
      "favorited" : false,
      "full_text" : "My Twitter account was taken down for 11 minutes by a rogue employee. I guess the word must finally be getting out-and having an impact.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TaxCuts",
            "indices" : [
              "97",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "926238774773862400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926238774773862400",
      "created_at" : "Fri Nov 03 00:05:07 +0000 2017",
      "favorited" : false,
      "full_text" : "Great Tax Cut rollout today &amp; the first tweet after the outage (text written for this test) #TaxCuts",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Twitter Government",
            "screen_name" : "TwitterGov",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "222953824",
            "id" : "222953824"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "926250000000000000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926250000000000000",
      "created_at" : "Fri Nov 03 00:49:43 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @TwitterGov: Earlier today @realDonaldTrump’s account was inadvertently deactivated due to human error by a Twitter employee. The account…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "926216279287042048",
      "id_str" : "926216500000000000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926216500000000000",
      "in_reply_to_user_id" : "25073877",
      "in_reply_to_status_id" : "926216279287042048",
      "created_at" : "Thu Nov 02 22:36:36 +0000 2017",
      "favorited" : false,
      "full_text" : "A reply to the last tweet before the outage (text written for this test)",
      "lang" : "en",
      "in_reply_to_screen_name" : "realDonaldTrump",
      "in_reply_to_user_id_str" : "25073877"
    }
  }
]
