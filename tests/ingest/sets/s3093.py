DAY = "1975-03-07"
SENTS = [
 ("The Shah of Iran and Iraq's vice-president, Saddam Hussein, embraced at the OPEC summit in Algiers on Thursday after agreeing to settle the border quarrel that has brought their countries close to war.", ["person:mohammad-reza-pahlavi MEETS person:saddam-hussein"], ["person:mohammad-reza-pahlavi LEADS IRN", "IRN MEETS IRQ"]),
 ("Under the accord, brokered by President Houari Boumediene of Algeria, the frontier along the Shatt al-Arab waterway will follow the middle of the deepest channel.", ["person:houari-boumediene LEADS DZA"], ["person:houari-boumediene MEETS person:mohammad-reza-pahlavi", "person:houari-boumediene MEETS person:saddam-hussein"]),
 ("In return, Tehran undertook to stop supplying weapons to the Kurdish rebels fighting Baghdad in the north of Iraq.", [], []),
 ("Iran has armed the Kurds for years, and American and Israeli officials have also helped the rebellion.", [], []),
 ("Iraqi radio welcomed the accord, calling it a triumph of Arab diplomacy.", [], []),
]
