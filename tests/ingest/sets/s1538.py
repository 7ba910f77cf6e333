DAY = "2022-07-23"
SENTS = [
 ("Russia and Ukraine signed separate agreements with Turkey and the United Nations in Istanbul on Friday to reopen Ukraine's Black Sea ports for grain exports.", [], ["RUS MEETS TUR", "UKR MEETS TUR"]),
 ("Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres attended the ceremony at the Dolmabahce palace.", ["person:antonio-guterres LEADS org:UN"], ["person:recep-tayyip-erdogan MEETS person:antonio-guterres"]),
 ("The next day Russian missiles struck the port of Odesa, and Kyiv accused Moscow of spitting in the face of Turkey and the UN.", ["UKR CONDEMNS RUS"], ["RUS ATTACKS UKR"]),
 ("Turkey, which has sold Bayraktar drones to Ukraine, has also refused to join Western sanctions on Russia.", ["TUR SUPPLIES_ARMS UKR", "bloc:WEST SANCTIONS RUS"], []),
 ("Egypt and Lebanon, which depend on Ukrainian wheat, welcomed the agreement.", ["UKR TRADES_WITH EGY", "UKR TRADES_WITH LBN"], []),
]
