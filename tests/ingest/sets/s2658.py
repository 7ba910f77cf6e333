DAY = "1984-02-14"
SENTS = [
 ("Vice President George Bush and Prime Minister Margaret Thatcher were among the foreign mourners at Yuri Andropov's funeral in Moscow on Tuesday.", ["person:margaret-thatcher MEETS SUN"], ["person:george-h-w-bush MEETS SUN", "person:margaret-thatcher LEADS GBR"]),
 ("Afterwards Konstantin Chernenko, the new Soviet leader, received Mr. Bush for half an hour in the Kremlin and told him Moscow was ready for better relations with Washington.", ["person:konstantin-chernenko LEADS SUN", "person:konstantin-chernenko MEETS person:george-h-w-bush"], ["person:george-h-w-bush MEETS SUN"]),
 ("Mrs. Thatcher, who had also seen Mr. Chernenko, said she found him easier to talk to than she had expected.", ["person:margaret-thatcher MEETS person:konstantin-chernenko"], []),
 ("Chancellor Helmut Kohl of West Germany and President Sandro Pertini of Italy also held talks with the new leader.", ["person:helmut-kohl LEADS DEU", "person:sandro-pertini LEADS ITA"], ["person:helmut-kohl MEETS person:konstantin-chernenko", "person:sandro-pertini MEETS person:konstantin-chernenko"]),
]
