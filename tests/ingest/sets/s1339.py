DAY = "2024-10-30"
SENTS = [
 ("Emmanuel Macron told Morocco's parliament in Rabat on Tuesday that the future of Western Sahara lies under Moroccan sovereignty.", ["person:emmanuel-macron MEETS MAR"], ["person:emmanuel-macron SUPPORTS MAR", "FRA SUPPORTS MAR"]),
 ("King Mohammed VI received Macron with a lavish welcome at the royal palace.", ["person:mohammed-vi MEETS person:emmanuel-macron"], []),
 ("French companies signed deals worth 10 billion euros, including for a high-speed rail line and green hydrogen projects.", [], []),
 ("Algeria, which supports the Polisario Front, recalled its ambassador from Paris in protest against France's position in July.", ["DZA CONDEMNS FRA", "DZA SUPPORTS org:POLISARIO"], []),
 ("Spain also backs Morocco's autonomy plan.", ["ESP SUPPORTS MAR"], []),
]
