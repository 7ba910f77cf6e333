DAY = "1998-04-10"
SENTS = [
 ("Prime Minister Tony Blair and Prime Minister Bertie Ahern of Ireland signed a peace agreement for Northern Ireland in Belfast on Friday after all-night talks.", ["person:bertie-ahern MEETS person:tony-blair", "person:bertie-ahern LEADS IRL"], ["person:tony-blair LEADS GBR", "GBR MEETS IRL"]),
 ("Under the agreement, Ireland will drop its constitutional claim to Northern Ireland.", [], []),
 ("President Clinton, who telephoned both leaders during the night, said the agreement offered a historic chance for peace.", [], ["person:bill-clinton MEETS person:tony-blair", "person:bill-clinton MEETS person:bertie-ahern", "person:bill-clinton LEADS USA"]),
 ("George Mitchell, the former American senator who chaired the talks, was praised by all sides.", [], []),
 ("The United States and the European Union promised economic aid for Northern Ireland.", [], ["USA SUPPORTS GBR", "org:EU SUPPORTS GBR"]),
]
