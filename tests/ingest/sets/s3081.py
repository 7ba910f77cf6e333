DAY = "1987-05-15"
SENTS = [
 ("Soldiers led by Lieutenant-Colonel Sitiveni Rabuka burst into Fiji's parliament in Suva on Thursday and took Prime Minister Timoci Bavadra and his ministers away at gunpoint, a month after his coalition won the general election.", [], ["person:timoci-bavadra LEADS FJI"]),
 ("Australia's prime minister, Bob Hawke, denounced the coup and said Canberra had suspended defence cooperation with Fiji, including the training of Fijian officers.", ["person:bob-hawke LEADS AUS", "AUS SANCTIONS FJI"], ["person:bob-hawke CONDEMNS FJI", "AUS CONDEMNS FJI"]),
 ("New Zealand followed suit, and its prime minister, David Lange, said Wellington would not deal with any government installed by the army.", ["person:david-lange LEADS NZL"], ["NZL SANCTIONS FJI"]),
 ("Britain, the former colonial power, said the Governor-General, Ratu Sir Penaia Ganilau, remained the only lawful authority in the islands.", [], ["GBR SUPPORTS person:penaia-ganilau"]),
 ("India, whose envoy in Suva met Colonel Rabuka on Friday, voiced concern for the safety of the Indian community, which makes up almost half of Fiji's people.", [], ["IND MEETS person:sitiveni-rabuka"]),
]
