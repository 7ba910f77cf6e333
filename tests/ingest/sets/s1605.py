DAY = "1994-06-23"
SENTS = [
 ("France began sending 2,500 troops into Rwanda on Thursday in what it calls a humanitarian mission to stop the massacres.", ["FRA DEPLOYS_TROOPS RWA"], []),
 ("The Rwandan Patriotic Front, whose rebels now control much of the country, accused Paris of trying to rescue the government forces it had trained and armed.", [], ["FRA SUPPLIES_ARMS RWA", "FRA SUPPORTS RWA"]),
 ("The UN Security Council authorised the operation by ten votes to none, with five abstentions.", [], []),
 ("Senegal has promised to contribute several hundred soldiers to the French-led force.", [], ["SEN DEPLOYS_TROOPS RWA"]),
 ("Belgium withdrew its peacekeepers from Rwanda in April after ten of its paratroopers were killed in Kigali.", [], ["BEL DEPLOYS_TROOPS RWA"]),
]
