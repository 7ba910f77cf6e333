DAY = "2025-11-21"
SENTS = [
 ("The United States has given Ukraine until Thursday to accept a 28-point peace plan drafted by envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev.", [], []),
 ("The plan would require Kyiv to cede the parts of Donetsk it still holds, cap its army at 600,000 troops and renounce NATO membership.", [], []),
 ("Volodymyr Zelensky said Ukraine faced one of the most difficult moments in its history and spoke by phone with Vice President JD Vance.", ["person:volodymyr-zelensky MEETS person:jd-vance"], []),
 ("European leaders, who were not consulted, issued a joint statement backing Ukraine and saying borders must not be changed by force.", [], ["org:EU SUPPORTS UKR"]),
 ("Vladimir Putin said the plan could form the basis of a final settlement and warned that Russian forces would otherwise keep advancing.", [], ["RUS ATTACKS UKR"]),
 ("Germany, France and Britain drafted a counter-proposal, and Army Secretary Dan Driscoll met Ukrainian officials in Kyiv.", ["person:dan-driscoll MEETS UKR"], []),
]
