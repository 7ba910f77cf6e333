DAY = "2005-04-15"
SENTS = [
 ("European Union foreign ministers put off a decision on Friday to lift the bloc's arms embargo on China, after Beijing passed a law authorising force against Taiwan if it declared independence.", ["org:EU SANCTIONS CHN"], ["CHN CONDEMNS TWN"]),
 ("France and Germany had pressed for the embargo, imposed after the 1989 Tiananmen Square crackdown, to be lifted, saying it was outdated.", [], ["FRA SUPPORTS CHN", "DEU SUPPORTS CHN"]),
 ("The United States warned that lifting the ban could shift the military balance in the Taiwan Strait and threatened to restrict transfers of American military technology to Europe.", [], ["USA CONDEMNS org:EU", "USA SANCTIONS org:EU"]),
 ("Secretary of State Condoleezza Rice raised the issue with European leaders during her visit to Brussels.", [], ["person:condoleezza-rice MEETS BEL", "person:condoleezza-rice MEETS org:EU"]),
 ("Trade between China and the EU has tripled since 1999, and European firms have lobbied hard against the embargo.", ["CHN TRADES_WITH org:EU"], []),
]
