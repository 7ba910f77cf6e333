DAY = "2006-08-25"
SENTS = [
 ("Italy pledged on Friday to send up to 3,000 troops to southern Lebanon, the largest contribution to an expanded UN peacekeeping force.", [], ["ITA DEPLOYS_TROOPS LBN"]),
 ("French President Jacques Chirac said France would send 2,000 soldiers, after weeks of pressure from the United Nations and European partners.", ["person:jacques-chirac LEADS FRA"], ["FRA DEPLOYS_TROOPS LBN"]),
 ("UN Secretary-General Kofi Annan met EU foreign ministers in Brussels to secure the pledges.", ["person:kofi-annan MEETS org:EU", "person:kofi-annan LEADS org:UN"], ["person:kofi-annan MEETS BEL"]),
 ("Israel has said it will not lift its sea and air blockade of Lebanon until the force is deployed.", [], ["ISR SANCTIONS LBN", "ISR ATTACKS LBN"]),
 ("Malaysia and Indonesia, which do not recognise Israel, have also offered troops.", [], ["MYS CONDEMNS ISR", "IDN CONDEMNS ISR"]),
]
