DAY = "2025-03-12"
SENTS = [
 ("Ukraine accepted a US proposal for an immediate 30-day ceasefire after talks with American officials in Jeddah on Tuesday.", ["UKR MEETS USA"], ["UKR MEETS SAU", "USA MEETS SAU"]),
 ("In return, Washington lifted its pause on military aid and intelligence sharing with Kyiv.", [], ["USA SUPPORTS UKR", "USA SUPPLIES_ARMS UKR"]),
 ("Andriy Yermak led the Ukrainian delegation, while Rubio and national security adviser Mike Waltz represented the United States.", [], ["person:andriy-yermak MEETS person:marco-rubio"]),
 ("Vladimir Putin said he supported the idea in principle but set conditions.", [], []),
 ("Russia kept up its drone attacks on Ukrainian energy facilities.", ["RUS ATTACKS UKR"]),
]
