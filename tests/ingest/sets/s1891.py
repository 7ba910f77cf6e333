DAY = "2018-02-26"
SENTS = [
 ("Russia on Monday vetoed a British-drafted UN resolution that would have criticised Iran for failing to stop its missiles from falling into the hands of Yemen's Houthi rebels.", ["RUS VETOES IRN"], ["IRN SUPPLIES_ARMS org:HOUTHIS"]),
 ("The draft was based on findings by UN experts that missile remnants recovered in Saudi Arabia were of Iranian origin.", [], ["IRN SUPPLIES_ARMS org:HOUTHIS"]),
 ("Iran has denied supplying weapons to the Houthis, who have fired dozens of missiles at Saudi cities since a Saudi-led coalition intervened in the war in 2015.", ["org:HOUTHIS ATTACKS SAU"], ["SAU ATTACKS YEM"]),
 ("Russian Ambassador Vassily Nebenzia said the evidence against Tehran was inconclusive and that Moscow could not agree with it.", [], []),
 ("US Ambassador Nikki Haley said Russia's veto protected Iran and would make the world a more dangerous place.", ["person:nikki-haley CONDEMNS RUS", "RUS SUPPORTS IRN"], []),
 ("The council instead adopted a Russian text that simply extended the sanctions regime on Yemen for a year.", [], ["org:UNSC SANCTIONS YEM"]),
]
