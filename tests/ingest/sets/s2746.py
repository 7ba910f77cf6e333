DAY = "1971-05-28"
SENTS = [
 ("The Soviet Union and Egypt bound themselves on Thursday to a 15-year treaty of friendship and cooperation, signed in Cairo by President Nikolai V. Podgorny and President Anwar el-Sadat.", ["SUN ALLIED_WITH EGY", "person:nikolai-podgorny MEETS person:anwar-sadat"], ["person:nikolai-podgorny LEADS SUN", "person:anwar-sadat LEADS EGY", "SUN MEETS EGY", "person:nikolai-podgorny MEETS EGY"]),
 ("Some 15,000 Soviet military advisers and pilots are already stationed in Egypt, manning the SAM-3 missile sites along the Suez Canal.", ["SUN DEPLOYS_TROOPS EGY"], []),
 ("Israel, whose air force flies American Phantom and Skyhawk jets, sees the pact as a Soviet foothold on the Nile.", ["USA SUPPLIES_ARMS ISR"], []),
 ("Secretary of State William P. Rogers, who visited Cairo early this month, said the United States would go on with its peace efforts.", [], ["person:william-rogers MEETS EGY"]),
]
