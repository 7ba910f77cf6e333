DAY = "1972-04-10"
SENTS = [
 ("Premier Alexei Kosygin and President Ahmed Hassan al-Bakr signed a 15-year treaty of friendship and cooperation in Baghdad on Sunday, drawing Iraq closer to the Soviet Union.", ["person:alexei-kosygin MEETS person:ahmed-hassan-al-bakr", "person:alexei-kosygin MEETS IRQ", "IRQ ALLIED_WITH SUN"], ["person:ahmed-hassan-al-bakr LEADS IRQ", "person:alexei-kosygin LEADS SUN"]),
 ("The treaty provides for military cooperation, and Moscow is already Iraq's main source of tanks and MiG fighters.", ["SUN SUPPLIES_ARMS IRQ"], []),
 ("Iraq's Baath government has quarrelled with Iran over the Shatt al-Arab waterway since the Shah renounced a border treaty in 1969.", [], ["IRQ CONDEMNS IRN", "IRN CONDEMNS IRQ"]),
 ("From Baghdad Kosygin is due to go to Damascus, where he is expected to discuss further arms deliveries with President Hafez al-Assad.", [], ["person:alexei-kosygin MEETS SYR", "person:alexei-kosygin MEETS person:hafez-al-assad", "SUN SUPPLIES_ARMS SYR", "person:hafez-al-assad LEADS SYR"]),
]
