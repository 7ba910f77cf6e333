DAY = "2025-09-03"
SENTS = [
 ("The US military struck a boat carrying drugs from Venezuela in the southern Caribbean on Tuesday, killing 11 people, President Donald Trump said.", [], ["USA ATTACKS VEN", "person:donald-trump LEADS USA"]),
 ("Trump said the boat was operated by the Tren de Aragua gang, which his administration has designated a terrorist organisation.", [], []),
 ("Venezuela's communications minister accused Washington of fabricating the video of the strike.", ["VEN CONDEMNS USA"], []),
 ("The United States has deployed eight warships and a submarine to the Caribbean and doubled its reward for information leading to the arrest of Nicolas Maduro.", [], []),
 ("Maduro, whose re-election last year is not recognised by Washington, said Venezuela would defend itself against any aggression.", [], []),
 ("Colombia's President Gustavo Petro condemned the strike as murder.", ["person:gustavo-petro LEADS COL"], ["person:gustavo-petro CONDEMNS USA"]),
]
