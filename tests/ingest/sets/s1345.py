DAY = "2025-02-19"
SENTS = [
 ("Marco Rubio and Sergei Lavrov held four and a half hours of talks in Riyadh on Tuesday, the first high-level meeting between the two countries since Russia invaded Ukraine.", ["person:marco-rubio MEETS person:sergei-lavrov"], ["RUS ATTACKS UKR", "person:marco-rubio MEETS SAU", "person:sergei-lavrov MEETS SAU"]),
 ("Ukraine was not invited, and Volodymyr Zelensky postponed a visit to Saudi Arabia in protest.", [], []),
 ("The two sides agreed to restore the staffing of their embassies in Washington and Moscow.", [], ["RUS MEETS USA"]),
 ("Saudi Crown Prince Mohammed bin Salman, who hosted the talks, has good relations with both Putin and Trump.", [], ["person:mohammed-bin-salman MEETS person:marco-rubio"]),
 ("European governments, alarmed at being sidelined, held an emergency meeting in Paris the day before.", [], []),
]
