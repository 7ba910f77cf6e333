DAY = "2025-10-10"
SENTS = [
 ("The US Treasury's sanctions on NIS, Serbia's only oil refiner, took effect on Thursday after months of delays.", [], ["USA SANCTIONS SRB"]),
 ("NIS is majority-owned by Russia's Gazprom Neft and Gazprom.", [], []),
 ("President Aleksandar Vucic said Serbia would not allow the refinery to shut down and asked Moscow to sell its stake.", [], ["person:aleksandar-vucic LEADS SRB"]),
 ("Croatia's JANAF pipeline operator stopped delivering crude to the refinery at Pancevo.", [], []),
 ("Hungary has offered to supply Serbia with oil through the Druzhba pipeline.", [], ["HUN TRADES_WITH SRB"]),
]
