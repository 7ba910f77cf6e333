DAY = "2023-02-17"
SENTS = [
 ("South Africa began ten days of naval exercises with Russia and China off its east coast on Friday, a year after Moscow's invasion of Ukraine.", ["ZAF ALLIED_WITH RUS", "ZAF ALLIED_WITH CHN", "RUS ATTACKS UKR"], ["CHN ALLIED_WITH RUS"]),
 ("The Russian frigate Admiral Gorshkov, which carries Zircon hypersonic missiles, docked in Cape Town before the drills.", [], ["RUS DEPLOYS_TROOPS ZAF", "person:admiral-gorshkov MEETS ZAF"]),
 ("The United States said it was concerned about South Africa's decision to hold the exercises.", ["USA CONDEMNS ZAF"], []),
 ("South Africa, which abstained in UN votes condemning the invasion, says it is neutral and also holds exercises with Western navies.", ["ZAF ALLIED_WITH bloc:WEST"], []),
 ("Russia is a fellow member of the BRICS group with South Africa, China, Brazil and India.", ["RUS MEMBER_OF org:BRICS", "ZAF MEMBER_OF org:BRICS", "CHN MEMBER_OF org:BRICS", "BRA MEMBER_OF org:BRICS", "IND MEMBER_OF org:BRICS"], []),
]
