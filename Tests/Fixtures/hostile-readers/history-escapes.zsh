: 1509662880:0;echo "]0;owned" â®evil
: 1509662881:0;printf '[2J'
