DAY = "2025-06-27"
SENTS = [
 ("Hungary again blocked the opening of the first negotiating cluster in Ukraine's EU accession talks, leaving the other 26 member states frustrated.", [], ["HUN MEMBER_OF org:EU", "UKR MEETS org:EU"]),
 ("Viktor Orbán said Ukraine's membership would drag the bloc into war with Russia.", [], []),
 ("Hungary also vetoed a joint EU statement condemning Russian strikes on Ukrainian cities.", [], ["RUS ATTACKS UKR"]),
 ("Brussels has frozen billions of euros in EU funds for Budapest over concerns about the rule of law.", ["org:EU SANCTIONS HUN"], []),
 ("Ukraine accused Hungary of mistreating its ethnic Hungarian minority in Zakarpattia, a charge Budapest rejects.", ["UKR CONDEMNS HUN"], []),
]
