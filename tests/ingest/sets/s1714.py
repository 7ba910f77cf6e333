DAY = "2023-08-25"
SENTS = [
 ("Yevgeny Prigozhin, the head of the Wagner group who led a short-lived mutiny in June, was among ten people killed when a private jet crashed north of Moscow on Wednesday.", ["person:yevgeny-prigozhin LEADS org:WAGNER"], []),
 ("Vladimir Putin offered condolences to the families and called Prigozhin a talented man who had made serious mistakes.", [], []),
 ("Western officials said they believed the plane had been brought down on the Kremlin's orders, which Moscow denied.", [], ["bloc:WEST CONDEMNS RUS"]),
 ("Joe Biden said there was not much that happened in Russia that Putin was not behind.", [], ["person:joe-biden CONDEMNS person:vladimir-putin"]),
 ("Wagner's fighters remain in several African countries, including Mali and the Central African Republic.", ["org:WAGNER DEPLOYS_TROOPS MLI", "org:WAGNER DEPLOYS_TROOPS CAF"], []),
]
