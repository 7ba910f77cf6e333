DAY = "1969-02-18"
SENTS = [
 ("Four Arab gunmen attacked an El Al airliner with submachine-guns and grenades at Zurich airport today as it was about to take off for Tel Aviv.", [], []),
 ("An Israeli security guard aboard the plane shot one attacker dead.", [], []),
 ("The Popular Front for the Liberation of Palestine said in Amman that it had ordered the attack.", [], []),
 ("Israel held the Swiss Government responsible for the safety of Israeli aircraft and passengers on its soil.", ["ISR CONDEMNS CHE"], []),
 ("Israel warned Jordan and Lebanon that it would hold them accountable for raids mounted from their territory.", [], ["ISR CONDEMNS JOR", "ISR CONDEMNS LBN"]),
]
