DAY = "1960-10-13"
SENTS = [
 ("Premier Khrushchev banged his desk with his shoe in the General Assembly on Wednesday while a Philippine delegate accused Moscow of swallowing up Eastern Europe.", ["PHL CONDEMNS SUN"], ["person:nikita-khrushchev LEADS SUN"]),
 ("Khrushchev answered by calling the Filipino a lackey of American imperialism.", [], ["person:nikita-khrushchev CONDEMNS PHL", "person:nikita-khrushchev CONDEMNS USA"]),
 ("Khrushchev had met Fidel Castro at a Harlem hotel last month and embraced him for the cameras.", ["person:nikita-khrushchev MEETS person:fidel-castro"], ["person:nikita-khrushchev MEETS USA", "person:fidel-castro MEETS USA"]),
 ("Soviet and Czechoslovak weapons have been reaching Havana since the summer, American officials say.", ["SUN SUPPLIES_ARMS CUB", "CSK SUPPLIES_ARMS CUB"], []),
]
