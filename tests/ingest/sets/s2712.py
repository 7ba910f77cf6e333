DAY = "1987-08-08"
SENTS = [
 ("The presidents of Guatemala, El Salvador, Honduras, Nicaragua and Costa Rica signed a regional peace plan in Guatemala City on Friday that calls for cease-fires in the region's wars within 90 days.", [], ["GTM MEETS SLV", "GTM MEETS HND", "GTM MEETS NIC", "GTM MEETS CRI", "SLV MEETS HND", "SLV MEETS NIC", "SLV MEETS CRI", "HND MEETS NIC", "HND MEETS CRI", "NIC MEETS CRI"]),
 ("The plan, drafted by President Oscar Arias Sanchez of Costa Rica, would also bar the use of one country's territory by rebels fighting another's government.", ["person:oscar-arias LEADS CRI"], []),
 ("President Daniel Ortega Saavedra of Nicaragua promised to lift press censorship if the United States stopped financing the contra rebels.", ["person:daniel-ortega LEADS NIC"], ["USA SUPPORTS org:CONTRAS"]),
 ("The Reagan administration, which has asked Congress for $270 million more in aid to the contras, reacted coolly.", [], ["USA SUPPORTS org:CONTRAS"]),
]
