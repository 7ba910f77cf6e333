DAY = "2024-10-02"
SENTS = [
 ("Claudia Sheinbaum was sworn in as Mexico's first female president on Tuesday, succeeding her mentor Andres Manuel Lopez Obrador.", ["person:claudia-sheinbaum LEADS MEX"], []),
 ("Foreign guests included US first lady Jill Biden, Brazilian President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro.", ["person:luiz-inacio-lula-da-silva LEADS BRA", "person:gustavo-petro LEADS COL"], ["person:luiz-inacio-lula-da-silva MEETS MEX", "person:gustavo-petro MEETS MEX"]),
 ("Spain refused to send a representative after Sheinbaum did not invite King Felipe, whom Lopez Obrador had asked to apologise for the Spanish conquest.", [], ["ESP CONDEMNS MEX", "person:felipe-vi LEADS ESP"]),
 ("Sheinbaum said relations with Spain would remain good despite the row.", [], []),
]
