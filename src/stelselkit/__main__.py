from stelselkit.cli import main

main()
