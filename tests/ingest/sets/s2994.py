DAY = "1952-09-10"
SENTS = [
 ("West Germany agreed today to pay Israel 3,000 million marks in goods and services over twelve years as reparations for the crimes of the Nazi regime against the Jews.", [], ["DEU SUPPORTS ISR", "DEU TRADES_WITH ISR"]),
 ("Chancellor Konrad Adenauer and Israel's Foreign Minister, Moshe Sharett, signed the agreement in the town hall of Luxembourg without a word to each other.", ["person:konrad-adenauer MEETS person:moshe-sharett"], ["person:konrad-adenauer LEADS DEU", "person:konrad-adenauer MEETS LUX", "person:moshe-sharett MEETS LUX"]),
 ("The Arab League has threatened to boycott German goods if the treaty is ratified.", [], ["org:ARAB_LEAGUE SANCTIONS DEU"]),
 ("Israeli opponents of the pact demonstrated outside the Knesset in Jerusalem.", [], []),
 ("Much of the payment will be made in German steel, ships and machinery delivered to Israeli ports.", [], ["DEU TRADES_WITH ISR"]),
]
