DAY = "1973-12-22"
SENTS = [
 ("The first Arab-Israeli peace conference opened in Geneva on Friday under the chairmanship of Secretary General Kurt Waldheim, with Egypt, Jordan and Israel at the table.", [], ["person:kurt-waldheim LEADS org:UN", "EGY MEETS ISR", "JOR MEETS ISR", "EGY MEETS JOR"]),
 ("Damascus boycotted the session; its condition is an Israeli pullback from every inch taken in 1967.", [], ["SYR CONDEMNS ISR", "ISR ATTACKS SYR"]),
 ("Before the opening, Secretary of State Henry Kissinger conferred for two hours with Israel's Foreign Minister, Abba Eban, and later saw Egypt's Foreign Minister, Ismail Fahmy.", ["person:henry-kissinger MEETS person:abba-eban", "person:henry-kissinger MEETS person:ismail-fahmy"], ["USA MEETS ISR", "USA MEETS EGY"]),
 ("Moscow, which has armed Cairo since 1955, wants the Palestinians given a seat.", ["SUN SUPPLIES_ARMS EGY"], []),
 ("Foreign Minister Andrei Gromyko, the co-chairman with Kissinger, accused Israel of dragging its feet on disengagement.", ["person:andrei-gromyko CONDEMNS ISR"], ["SUN CONDEMNS ISR", "person:andrei-gromyko MEETS person:henry-kissinger"]),
]
