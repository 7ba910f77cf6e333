DAY = "2025-09-26"
SENTS = [
 ("Benjamin Netanyahu told the UN General Assembly that Israel must finish the job against Hamas, as dozens of delegates walked out of the hall.", [], ["person:benjamin-netanyahu ATTACKS org:HAMAS"]),
 ("The speech was broadcast on loudspeakers along the Gaza border at his office's orders.", [], []),
 ("Colombian President Gustavo Petro told the assembly that Israel was committing genocide.", ["person:gustavo-petro CONDEMNS ISR"], ["person:gustavo-petro LEADS COL"]),
 ("Brazil's Lula opened the debate by criticising the US tariffs on Brazilian goods.", ["person:luiz-inacio-lula-da-silva CONDEMNS USA"], ["person:luiz-inacio-lula-da-silva LEADS BRA"]),
 ("Donald Trump called the UN's climate policies a con job in his address.", [], []),
]
