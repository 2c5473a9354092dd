#1509662880
echo ÿş cafÃ
