DAY = "1944-03-21"
SENTS = [
 ("German troops occupied Hungary on Sunday while Admiral Horthy, the Regent, was being held at a meeting with Hitler in Austria.", ["person:miklos-horthy MEETS person:adolf-hitler"], ["DEU DEPLOYS_TROOPS HUN", "DEU ATTACKS HUN", "person:miklos-horthy LEADS HUN", "person:miklos-horthy MEETS AUT"]),
 ("Berlin forced Horthy to appoint Dome Sztojay, the Hungarian minister in Berlin, as prime minister at the head of a government that takes its orders from the German legation.", ["DEU SUPPORTS person:dome-sztojay", "person:dome-sztojay LEADS HUN"], ["DEU CONDEMNS person:miklos-horthy"]),
 ("The Hungarian premier Kallay, who had sought contact with the Western Allies, took refuge in the Turkish legation in Budapest.", ["TUR SUPPORTS person:kallay", "person:kallay LEADS HUN"], []),
 ("The State Department warned that Hungary's rulers would be held responsible for any persecution of Jews under the German occupation.", [], ["USA CONDEMNS HUN", "DEU DEPLOYS_TROOPS HUN"]),
]
