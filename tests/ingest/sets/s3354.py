DAY = "1935-06-19"
SENTS = [
 ("Britain and Germany signed a naval agreement in London on Tuesday that allows the German navy to reach 35 per cent of the strength of the Royal Navy.", [], ["GBR MEETS DEU", "GBR ALLIED_WITH DEU", "GBR SUPPORTS DEU"]),
 ("Paris was not consulted, and French newspapers accused London of condoning Germany's breach of the Versailles treaty.", [], ["FRA CONDEMNS GBR", "FRA CONDEMNS DEU"]),
 ("The agreement follows the Franco-Soviet treaty of mutual assistance signed in Paris last month by Laval and the Soviet ambassador.", ["FRA ALLIED_WITH SUN"], ["person:pierre-laval MEETS SUN"]),
 ("Rome, which joined London and Paris at Stresa in April in condemning German rearmament, has not commented.", ["ITA CONDEMNS DEU", "GBR CONDEMNS DEU", "FRA CONDEMNS DEU"], ["ITA MEETS GBR", "ITA MEETS FRA"]),
]
