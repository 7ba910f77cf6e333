DAY = "2025-06-12"
SENTS = [
 ("Sudan's army accused Chad of allowing weapons from the United Arab Emirates to cross its territory to the Rapid Support Forces.", ["SDN CONDEMNS TCD"], ["ARE SUPPLIES_ARMS org:RSF"]),
 ("N'Djamena rejected the allegations and accused Khartoum of seeking to drag it into the war.", ["TCD CONDEMNS SDN"], []),
 ("Chad hosts more than a million Sudanese refugees in camps along the border.", [], []),
 ("The UAE has pledged hundreds of millions of dollars in development aid to Chad since 2023.", [], ["ARE SUPPORTS TCD"]),
 ("Amnesty International said it had found Chinese-made guided bombs supplied by the UAE in Darfur.", [], ["ARE SUPPLIES_ARMS org:RSF"]),
]
