DAY = "2025-07-25"
SENTS = [
 ("Egypt has deployed China's HQ-9B long-range air defence system, according to satellite images, the first such system in the country.", ["CHN SUPPLIES_ARMS EGY"], []),
 ("Cairo has bought most of its fighter jets from France and the United States.", ["FRA SUPPLIES_ARMS EGY", "USA SUPPLIES_ARMS EGY"], []),
 ("Washington gives Egypt about 1.3 billion dollars in military aid every year.", ["USA SUPPORTS EGY"], ["USA SUPPLIES_ARMS EGY"]),
 ("Egyptian and Chinese air forces held their first joint exercise, Eagles of Civilisation 2025, in April.", ["EGY ALLIED_WITH CHN"]),
 ("Israel has raised concerns about Egypt's military build-up in the Sinai.", [], ["ISR CONDEMNS EGY"]),
]
