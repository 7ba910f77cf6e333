DAY = "2003-06-07"
SENTS = [
 ("The first French soldiers of a European Union force landed at Bunia, in the northeast of the Democratic Republic of Congo, on Friday, with a Security Council mandate to halt the killings between Hema and Lendu militias.", ["FRA DEPLOYS_TROOPS COD", "org:EU DEPLOYS_TROOPS COD"], ["org:UNSC SUPPORTS FRA"]),
 ("The mission, the first the EU has sent outside Europe, is under French command and will include Swedish, Belgian and British units.", [], ["SWE DEPLOYS_TROOPS COD", "BEL DEPLOYS_TROOPS COD", "GBR DEPLOYS_TROOPS COD"]),
 ("Ugandan forces pulled out of the Ituri district last month under an accord mediated by Angola.", [], ["UGA DEPLOYS_TROOPS COD", "AGO MEETS UGA"]),
 ("Joseph Kabila, Congo's president, welcomed the deployment, while Rwanda, which arms one of the militias, objected to an intervention limited to one town.", ["person:joseph-kabila LEADS COD"], ["person:joseph-kabila SUPPORTS org:EU"]),
]
