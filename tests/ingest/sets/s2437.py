DAY = "2013-12-27"
SENTS = [
 ("Japanese Prime Minister Shinzo Abe visited the Yasukuni shrine in Tokyo on Thursday, the first such visit by a sitting prime minister in seven years, angering China and South Korea.", ["person:shinzo-abe LEADS JPN"], ["CHN CONDEMNS person:shinzo-abe", "KOR CONDEMNS person:shinzo-abe"]),
 ("China's foreign ministry said Abe's visit was absolutely unacceptable and summoned Japan's ambassador.", ["CHN CONDEMNS person:shinzo-abe", "CHN CONDEMNS JPN"], []),
 ("South Korea accused Abe of glorifying Japan's wartime aggression.", ["KOR CONDEMNS person:shinzo-abe"], ["JPN ATTACKS KOR"]),
 ("The US embassy in Tokyo said Washington was disappointed that Japan's leadership had taken an action that would worsen tensions with its neighbours.", ["USA CONDEMNS JPN"], []),
 ("The shrine honours Japan's war dead, including 14 leaders convicted as war criminals after World War Two.", [], []),
]
