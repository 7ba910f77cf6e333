DAY = "1988-11-16"
SENTS = [
 ("The Palestine National Council, meeting in Algiers, proclaimed an independent Palestinian state on Tuesday and implicitly recognised Israel by accepting UN resolutions 242 and 338.", [], ["org:PLO SUPPORTS ISR", "PSE SUPPORTS ISR"]),
 ("PLO chairman Yasser Arafat read the declaration to the council.", ["person:yasser-arafat LEADS org:PLO"], []),
 ("Algeria, Iraq, Malaysia, Bahrain and Kuwait were among the first countries to recognise the new state.", [], ["DZA SUPPORTS PSE", "IRQ SUPPORTS PSE", "MYS SUPPORTS PSE", "BHR SUPPORTS PSE", "KWT SUPPORTS PSE"]),
 ("Israel rejected the declaration as a deception, and Prime Minister Yitzhak Shamir said the PLO remained a terrorist organisation.", ["person:yitzhak-shamir CONDEMNS org:PLO"], ["ISR CONDEMNS org:PLO", "person:yitzhak-shamir LEADS ISR"]),
 ("The United States said the resolution did not go far enough, but Egypt welcomed it.", [], ["EGY SUPPORTS org:PLO"]),
]
