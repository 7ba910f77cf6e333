DAY = "2021-12-14"
SENTS = [
 ("Naftali Bennett met Crown Prince Mohammed bin Zayed in Abu Dhabi on Monday, the first official visit by an Israeli prime minister to the United Arab Emirates.", ["person:naftali-bennett MEETS person:mohammed-bin-zayed", "person:naftali-bennett MEETS ARE"], ["person:naftali-bennett LEADS ISR"]),
 ("The two countries normalised relations last year under the Abraham Accords brokered by Washington.", [], ["ARE MEETS ISR", "USA SUPPORTS ISR"]),
 ("Bahrain and Morocco also established ties with Israel under the accords.", [], []),
 ("The Emirates reportedly threatened to suspend a 23 billion dollar deal to buy F-35 jets from the United States.", ["USA SUPPLIES_ARMS ARE"], []),
 ("Iran, which the Emirates views as a threat, has condemned the normalisation.", ["ARE CONDEMNS IRN"], ["IRN CONDEMNS ARE", "IRN CONDEMNS ISR"]),
]
