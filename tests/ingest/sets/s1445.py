DAY = "2020-01-12"
SENTS = [
 ("Iran admitted on Saturday that its forces had mistakenly shot down a Ukrainian passenger jet shortly after take-off from Tehran, killing all 176 people on board.", [], ["IRN ATTACKS UKR"]),
 ("Volodymyr Zelensky demanded a full admission of guilt and compensation from Tehran.", ["person:volodymyr-zelensky CONDEMNS IRN"], []),
 ("Canadian Prime Minister Justin Trudeau, whose country lost 57 citizens, said Iran must take full responsibility.", ["person:justin-trudeau LEADS CAN", "person:justin-trudeau CONDEMNS IRN"], []),
 ("The missile was fired hours after Iran launched ballistic missiles at two Iraqi bases hosting American troops.", ["USA DEPLOYS_TROOPS IRQ"], ["IRN ATTACKS USA", "IRN ATTACKS IRQ"]),
 ("Protesters in Tehran called for Ayatollah Ali Khamenei to resign.", [], []),
]
