DAY = "2020-10-24"
SENTS = [
 ("Sudan agreed on Friday to normalise relations with Israel, becoming the third Arab state to do so in two months, after Washington removed it from its list of state sponsors of terrorism.", [], ["SDN SUPPORTS ISR", "USA SUPPORTS SDN"]),
 ("Donald Trump announced the deal in the Oval Office during a phone call with the leaders of both countries.", [], ["person:donald-trump MEETS SDN", "person:donald-trump MEETS ISR"]),
 ("Sudan will pay $335 million in compensation to American victims of terror attacks carried out by al Qaeda while Osama bin Laden lived there.", [], []),
 ("The Palestinian Authority condemned the agreement as a stab in the back.", [], []),
 ("Egypt and the United Arab Emirates welcomed the move, and Iran called it a betrayal.", [], []),
]
