DAY = "2025-11-18"
SENTS = [
 ("China told its citizens to avoid travelling to Japan after Prime Minister Sanae Takaichi said a Chinese attack on Taiwan could justify a Japanese military response.", [], ["person:sanae-takaichi LEADS JPN"]),
 ("Beijing also halted imports of Japanese seafood again, weeks after resuming them.", [], ["CHN SANCTIONS JPN"]),
 ("China's consul general in Osaka, Xue Jian, drew a protest from Tokyo with a social media post that threatened to cut off \"that dirty neck\".", ["JPN CONDEMNS CHN"], []),
 ("Japan summoned the Chinese ambassador, and China summoned Japan's envoy in Beijing in return.", ["JPN CONDEMNS CHN", "CHN CONDEMNS JPN"]),
 ("Chinese coast guard vessels sailed through waters around the Senkaku Islands, which Japan administers and China claims.", [], []),
]
