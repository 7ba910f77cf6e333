DAY = "1987-03-31"
SENTS = [
 ("Prime Minister Margaret Thatcher arrived in Moscow on Saturday for a five-day visit, her first to the Soviet Union since she took office in 1979.", ["person:margaret-thatcher MEETS SUN"], ["person:margaret-thatcher LEADS GBR"]),
 ("She spent seven hours in talks with Mikhail Gorbachev on Monday, clashing openly with him over nuclear deterrence and human rights.", ["person:margaret-thatcher MEETS person:mikhail-gorbachev"], []),
 ("In a 50-minute interview on Soviet television, Mrs. Thatcher defended Britain's nuclear arsenal and criticised the Soviet invasion of Afghanistan.", ["person:margaret-thatcher CONDEMNS SUN", "SUN ATTACKS AFG"], []),
 ("Mr. Gorbachev accepted an invitation to visit Britain, and the two leaders agreed to expand trade.", [], ["person:mikhail-gorbachev MEETS GBR", "GBR TRADES_WITH SUN"]),
]
