DAY = "1972-09-09"
SENTS = [
 ("Israeli jets struck guerrilla bases in Syria and Lebanon yesterday in the heaviest raids since the 1967 war, three days after the killing of eleven Israeli athletes in Munich.", ["ISR ATTACKS SYR", "ISR ATTACKS LBN"], []),
 ("Syria said its fighters had engaged the Israeli planes and shot down three of them.", ["SYR ATTACKS ISR"], []),
 ("Prime Minister Golda Meir told the Knesset that Israel would strike at the terrorists wherever they could be found.", [], ["person:golda-meir LEADS ISR"]),
 ("West Germany, which had refused to let Israeli troops try to free the hostages, asked Libya to hand over the bodies of the five dead gunmen.", [], ["DEU MEETS LBY"]),
 ("The Security Council met in emergency session at Syria's request, but the United States vetoed a resolution that condemned the raids without mentioning Munich.", [], ["USA VETOES ISR", "SYR MEETS org:UNSC", "USA SUPPORTS ISR", "USA VETOES org:UNSC"]),
]
