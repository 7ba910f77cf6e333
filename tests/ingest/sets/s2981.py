DAY = "1946-10-24"
SENTS = [
 ("Two British destroyers struck mines in the Corfu Channel off the Albanian coast on Tuesday, and forty-four sailors were killed.", [], ["ALB ATTACKS GBR"]),
 ("The Admiralty said the ships had been exercising the right of innocent passage through an international strait.", [], []),
 ("Last May Albanian shore batteries fired on two British cruisers in the same waters.", ["ALB ATTACKS GBR"], []),
 ("The Foreign Office is preparing a strong note to Tirana, which London has refused to recognize until it allows British observers into the country.", [], ["GBR CONDEMNS ALB"]),
 ("The Albanian radio accused Britain of sending its warships into Albanian waters as a provocation.", ["ALB CONDEMNS GBR"], []),
]
