DAY = "2020-07-13"
SENTS = [
 ("China imposed sanctions on Monday on US Senators Marco Rubio and Ted Cruz and two other American officials, retaliating against US sanctions on Chinese officials over the treatment of Uyghurs in Xinjiang.", ["CHN SANCTIONS person:marco-rubio", "CHN SANCTIONS person:ted-cruz", "USA SANCTIONS CHN"], ["CHN SANCTIONS USA"]),
 ("The US measures, announced last week, targeted Chen Quanguo, the Communist Party chief of Xinjiang and a member of the Politburo.", [], ["USA SANCTIONS CHN"]),
 ("Foreign ministry spokeswoman Hua Chunying accused Washington of interfering in China's internal affairs.", ["person:hua-chunying CONDEMNS USA"], ["CHN CONDEMNS USA"]),
 ("Rubio, a frequent critic of Beijing, responded on Twitter by asking whether he should cancel his summer vacation in China.", [], ["person:marco-rubio CONDEMNS CHN"]),
 ("Relations between the world's two biggest economies have deteriorated over trade, the coronavirus and Hong Kong, where Beijing imposed a sweeping national security law this month.", [], []),
]
