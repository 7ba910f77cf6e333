DAY = "2022-08-08"
SENTS = [
 ("Gustavo Petro was sworn in as Colombia's first leftist president on Sunday, promising to seek peace with the country's remaining armed groups.", ["person:gustavo-petro LEADS COL"], []),
 ("Petro said he would restore diplomatic relations with Venezuela, broken off by his predecessor in 2019, and reopen the long border between the two countries.", [], ["COL SUPPORTS VEN"]),
 ("King Felipe of Spain and several Latin American presidents, including Chile's Gabriel Boric and Argentina's Alberto Fernandez, attended the ceremony in Bogota.", ["person:gabriel-boric LEADS CHL", "person:alberto-fernandez LEADS ARG", "person:felipe-vi LEADS ESP"], ["person:gabriel-boric MEETS COL", "person:alberto-fernandez MEETS COL", "person:felipe-vi MEETS COL"]),
 ("The United States sent a delegation led by the head of its development agency, Samantha Power.", [], ["USA MEETS COL"]),
 ("Petro has called the US-led war on drugs a failure and wants to renegotiate a free trade agreement with Washington.", ["COL TRADES_WITH USA"], ["person:gustavo-petro CONDEMNS USA"]),
]
