DAY = "2024-02-18"
SENTS = [
 ("Ukraine withdrew its troops from the eastern town of Avdiivka on Saturday after months of relentless Russian assaults.", [], ["RUS ATTACKS UKR"]),
 ("Volodymyr Zelensky said at the Munich Security Conference that Ukraine was running out of artillery shells because of an artificial deficit of weapons.", [], []),
 ("He urged the US Congress to approve a $60 billion aid package that has been blocked by Republicans for months.", [], ["USA SUPPORTS UKR"]),
 ("Vladimir Putin congratulated his troops on what he called an important victory.", [], []),
 ("Denmark said it would donate all of its artillery to Ukraine.", [], ["DNK SUPPLIES_ARMS UKR"]),
]
