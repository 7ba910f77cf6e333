DAY = "2024-02-03"
SENTS = [
 ("The United States struck more than 85 targets in Iraq and Syria on Friday in retaliation for a drone attack that killed three American soldiers in Jordan.", ["USA DEPLOYS_TROOPS JOR"], ["USA ATTACKS IRQ", "USA ATTACKS SYR"]),
 ("The strikes hit command centres and weapons depots used by Iran's Revolutionary Guards and the militias it backs.", [], ["USA ATTACKS IRN"]),
 ("Baghdad condemned the strikes as a violation of Iraqi sovereignty and summoned the American charge d'affaires.", ["IRQ CONDEMNS USA"], []),
 ("Kataib Hezbollah, an Iraqi militia backed by Tehran, had announced a pause in its attacks on US forces days earlier.", ["IRN SUPPORTS org:KATAIB_HEZBOLLAH"], ["USA DEPLOYS_TROOPS IRQ", "org:KATAIB_HEZBOLLAH ATTACKS USA"]),
 ("Iran denied involvement in the attack in Jordan.", [], []),
]
