DAY = "1946-07-05"
SENTS = [
 ("The Philippines became an independent republic in Manila on Thursday, as the American flag came down and President Manuel Roxas took the oath.", ["person:manuel-roxas LEADS PHL"], []),
 ("The United States recognised the Philippine Republic in a proclamation by President Truman read at the ceremony.", ["USA SUPPORTS PHL"], ["person:harry-s-truman SUPPORTS PHL", "person:harry-s-truman LEADS USA"]),
 ("Under agreements signed the same day, the United States keeps its army and naval bases in the Philippines for 99 years.", ["USA DEPLOYS_TROOPS PHL"], []),
 ("Philippine sugar and coconut oil enter the American market free of duty under the Bell Trade Act.", ["PHL TRADES_WITH USA"], []),
 ("Delegations from China, Britain and France watched from the grandstand on the Luneta.", [], ["CHN MEETS PHL", "GBR MEETS PHL", "FRA MEETS PHL"]),
]
