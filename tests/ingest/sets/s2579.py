DAY = "2007-06-08"
SENTS = [
 ("Vladimir Putin surprised George W. Bush at the Group of Eight summit in Heiligendamm on Thursday by proposing that the two countries share a Soviet-era radar station in Azerbaijan instead of building a US missile shield in Central Europe.", ["person:george-w-bush MEETS person:vladimir-putin"], ["person:vladimir-putin MEETS person:george-w-bush"]),
 ("Days before the summit the Russian president had threatened to aim his country's missiles at targets in Europe if Washington went ahead with the plan.", [], ["RUS CONDEMNS USA"]),
 ("Washington wants to put ten interceptor missiles in Poland and a radar in the Czech Republic, which it says would defend against Iran.", [], ["USA DEPLOYS_TROOPS POL", "USA DEPLOYS_TROOPS CZE"]),
 ("Azerbaijani President Ilham Aliyev said his government was ready to discuss the idea.", ["person:ilham-aliyev LEADS AZE"], []),
 ("German Chancellor Angela Merkel, the host, welcomed the Russian offer as a basis for talks.", ["person:angela-merkel LEADS DEU"], ["person:angela-merkel SUPPORTS RUS"]),
]
